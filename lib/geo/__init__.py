"""Geography: municipality boundaries and list, and the points and values the maps draw."""
