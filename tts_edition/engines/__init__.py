"""Speech engines behind one protocol; see `base.Engine` and `registry.load_engine`."""
