"""The comparison grid: its model, its view and the table of row kinds."""
