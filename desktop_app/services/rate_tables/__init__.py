"""Official per-diem rate tables: reading the published ARVVwV table (HTML, CSV, XLSX), the
tables shipped with PartnerDesk, importing a table with a preview, and coverage."""
