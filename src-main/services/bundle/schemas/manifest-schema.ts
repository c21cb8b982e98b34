/** The JSON Schema of manifest.json (published in docs/bundle-format.md; a test keeps the two equal). */
export const manifestSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "Offprint bundle manifest (manifest.json), format version 1",
  "description": "The root file of an .offprint bundle. Readers ignore fields they do not know.",
  "type": "object",
  "required": [
    "format",
    "version",
    "title",
    "created",
    "articleCount"
  ],
  "properties": {
    "format": {
      "const": "offprint-bundle",
      "description": "always \"offprint-bundle\""
    },
    "version": {
      "type": "integer",
      "minimum": 1,
      "description": "the format's major version: 1. A reader refuses a bundle whose version is newer than the one it reads."
    },
    "title": {
      "type": "string",
      "minLength": 1,
      "maxLength": 1000,
      "description": "a title for the bundle"
    },
    "creator": {
      "type": [
        "string",
        "null"
      ],
      "maxLength": 1000,
      "description": "who or what made the bundle (\"Offprint 0.1.0\", \"offprint-bundle pack\", a person)"
    },
    "created": {
      "type": "string",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})$",
      "description": "an ISO 8601 timestamp with a time zone (2024-05-01T09:30:00Z)"
    },
    "articleCount": {
      "type": "integer",
      "minimum": 0,
      "maximum": 1000000,
      "description": "a whole number: how many article folders the bundle holds"
    }
  }
};
