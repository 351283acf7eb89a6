"""Reports view: charts across partnerships with their records; progress report export."""
