"""The Excel quote: takes core results, writes a file. No Qt."""
