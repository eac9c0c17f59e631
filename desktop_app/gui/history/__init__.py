"""The quote history window and its model."""
