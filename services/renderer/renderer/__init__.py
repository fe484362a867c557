"""Personal Pages renderer: turns due documents into PDFs."""
