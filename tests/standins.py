"""Coqui models made on the spot, randomly initialised, saved as a user's model or as Meta's MMS release is.

They have no trained weights, so they speak noise; but they load through the same code as the real voices and run
the same network, so loading, synthesis, durations and timing are all real. Nothing is downloaded.
"""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path
from typing import Any

KAZAKH_LETTERS = "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
# Coqui's VITS module names → the names in Meta's fairseq checkpoints (the inverse of TTS.utils.fairseq).
_TO_FAIRSEQ = [
    (r"^text_encoder\.", "enc_p."),
    (r"^waveform_decoder\.", "dec."),
    (r"^posterior_encoder\.", "enc_q."),
    (r"^flow\.flows\.(\d)\.", lambda m: f"flow.flows.{2 * int(m[1])}."),
    (r"^duration_predictor\.(post_)?flows\.0\.translation", r"dp.\1flows.0.m"),
    (r"^duration_predictor\.(post_)?flows\.0\.log_scale", r"dp.\1flows.0.logs"),
    (r"^duration_predictor\.(post_)?flows\.([1-4])\.", lambda m: f"dp.{m[1] or ''}flows.{2 * int(m[2]) - 1}."),
    (r"^duration_predictor\.", "dp."),
]


def tiny_vits(folder: Path, audible: bool = True) -> tuple[Path, Path]:
    """A small VITS (1.3 M parameters, 16 kHz, Kazakh letters) saved as Coqui training saves one: model + config."""
    import torch
    from TTS.tts.configs.shared_configs import CharactersConfig
    from TTS.tts.configs.vits_config import VitsConfig
    from TTS.tts.models.vits import Vits, VitsArgs

    torch.manual_seed(0)
    config = VitsConfig(
        model_args=VitsArgs(
            hidden_channels=16, hidden_channels_ffn_text_encoder=32, num_layers_text_encoder=1,
            num_layers_posterior_encoder=1, num_layers_flow=1, upsample_initial_channel_decoder=16,
            resblock_kernel_sizes_decoder=[3], init_discriminator=False,
        ),
        characters=CharactersConfig(
            characters_class="TTS.tts.models.vits.VitsCharacters", characters=KAZAKH_LETTERS,
            punctuations=" !,.?-", pad="<PAD>", eos="<EOS>", bos="<BOS>", blank="<BLNK>", phonemes=None,
        ),
        use_phonemes=False, phoneme_language="kk", text_cleaner="multilingual_cleaners", add_blank=True,
    )  # fmt: skip
    config.audio.sample_rate = 16000
    with warnings.catch_warnings():  # "deprecated": but it alone sizes the embedding to the characters given
        warnings.simplefilter("ignore")
        model = Vits.init_from_config(config)
    if audible:
        _audible(model)
    folder.mkdir(parents=True, exist_ok=True)
    config.save_json(str(folder / "config.json"))
    torch.save({"model": model.state_dict()}, folder / "model.pth")
    return folder / "model.pth", folder / "config.json"


def mms_like_vits(folder: Path) -> Path:
    """A full-size VITS (the MMS architecture) saved as Meta's MMS release: G_100000.pth, config.json, vocab.txt."""
    import torch
    from TTS.tts.configs.vits_config import VitsConfig
    from TTS.tts.models.vits import Vits

    torch.manual_seed(0)
    vocab = ["_", " ", *KAZAKH_LETTERS, ",", ".", "-", "'"]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    data = {"sampling_rate": 16000, "training_files": "train.ltr", "add_blank": True}
    (folder / "config.json").write_text(json.dumps({"data": data}), encoding="utf-8")
    config = VitsConfig()
    config.model_args.init_discriminator = False
    model = Vits(config)
    _audible(model)
    state = {_fairseq_name(key): value for key, value in model.state_dict().items()}
    state["enc_p.emb.weight"] = torch.randn(len(vocab), config.model_args.hidden_channels) * 0.07
    torch.save({"model": state}, folder / "G_100000.pth")
    return folder / "G_100000.pth"


def _audible(model: Any) -> None:
    """Random weights make a whisper (about -50 dBFS): raise the last layer so there is sound to trim and master."""
    import torch

    with torch.no_grad():
        model.waveform_decoder.conv_post.weight.mul_(100.0)


def _fairseq_name(key: str) -> str:
    for pattern, replacement in _TO_FAIRSEQ:
        renamed, count = re.subn(pattern, replacement, key)
        if count:
            return renamed
    return key
