/** The JSON Schema of articles/<id>/annotations.json (published in docs/bundle-format.md; a test keeps the two equal). */
export const annotationsSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "Offprint bundle annotations (articles/<id>/annotations.json), format version 1",
  "description": "A reader's notes on the article and highlights in it. Both lists may be empty.",
  "type": "object",
  "required": [
    "notes",
    "highlights"
  ],
  "definitions": {
    "id": {
      "type": "string",
      "minLength": 1,
      "maxLength": 200,
      "description": "an identifier (1 to 200 characters)"
    },
    "timestamp": {
      "type": "string",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})$",
      "description": "an ISO 8601 timestamp with a time zone (2024-05-01T09:30:00Z)"
    }
  },
  "properties": {
    "notes": {
      "type": "array",
      "maxItems": 10000,
      "items": {
        "type": "object",
        "required": [
          "id",
          "body",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/definitions/id"
          },
          "body": {
            "type": "string",
            "minLength": 1,
            "maxLength": 1000000,
            "description": "the note, in Markdown"
          },
          "createdAt": {
            "$ref": "#/definitions/timestamp"
          },
          "updatedAt": {
            "$ref": "#/definitions/timestamp"
          }
        }
      }
    },
    "highlights": {
      "type": "array",
      "maxItems": 10000,
      "items": {
        "type": "object",
        "required": [
          "id",
          "color",
          "selectors",
          "note",
          "createdAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/definitions/id"
          },
          "color": {
            "type": "string",
            "minLength": 1,
            "maxLength": 50,
            "description": "a colour name or CSS colour"
          },
          "selectors": {
            "type": "array",
            "maxItems": 20,
            "description": "W3C Web Annotation selectors (TextQuoteSelector, TextPositionSelector, …)"
          },
          "note": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 1000000,
            "description": "a note in Markdown, or null"
          },
          "createdAt": {
            "$ref": "#/definitions/timestamp"
          }
        }
      }
    }
  }
};
