"""The timing index and every format written from it."""
