"""Document writers (Word .docx, Excel .xlsx) and the workplan .xlsx reader. No Qt here."""
