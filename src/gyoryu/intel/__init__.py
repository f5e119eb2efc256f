"""News intelligence: articles in Korean, Chinese and English read into linked mentions and events."""
