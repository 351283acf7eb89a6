"""Expert missions with their experts and activity log."""
