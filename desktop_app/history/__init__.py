"""The SQLite quote history. No Qt."""
