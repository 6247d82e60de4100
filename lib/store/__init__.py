"""Storage with SQLAlchemy: workshops and their scenarios, the intervention register."""
