from tts_edition.cli import main

main()
