"""Study trips to Germany with delegation and agenda."""
