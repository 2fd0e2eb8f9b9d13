"""The project's word lists, shipped as package data, read through one cached loader."""
