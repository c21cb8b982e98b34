/** The JSON Schema of library.json (published in docs/bundle-format.md; a test keeps the two equal). */
export const librarySchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "Offprint bundle library state (library.json), format version 1",
  "description": "What a whole library holds beside its articles: collections, each article's reading state, settings. Optional; written in backups. Readers ignore fields they do not know.",
  "type": "object",
  "required": [
    "collections",
    "articles",
    "settings"
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
    "collections": {
      "type": "array",
      "maxItems": 100000,
      "items": {
        "type": "object",
        "required": [
          "id",
          "name",
          "createdAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/definitions/id"
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 1000,
            "description": "the collection's name"
          },
          "createdAt": {
            "$ref": "#/definitions/timestamp"
          }
        }
      }
    },
    "articles": {
      "type": "array",
      "maxItems": 1000000,
      "items": {
        "type": "object",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$",
            "description": "the id of an article folder of the bundle"
          },
          "collections": {
            "type": "array",
            "maxItems": 10000,
            "items": {
              "$ref": "#/definitions/id"
            },
            "description": "the ids of the collections the article is on"
          },
          "position": {
            "type": [
              "object",
              "null"
            ],
            "required": [
              "textOffset",
              "fraction"
            ],
            "properties": {
              "textOffset": {
                "type": [
                  "integer",
                  "null"
                ],
                "minimum": 0,
                "description": "the text offset of the first character at the top of the page, or null"
              },
              "fraction": {
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "description": "how far down the page the reader was, from 0 to 1"
              }
            },
            "description": "where the reader left the article, or null"
          },
          "readAt": {
            "anyOf": [
              {
                "$ref": "#/definitions/timestamp"
              },
              {
                "type": "null"
              }
            ],
            "description": "when the article was first read to the end, or null"
          }
        }
      }
    },
    "settings": {
      "type": "array",
      "maxItems": 10000,
      "items": {
        "type": "object",
        "required": [
          "key",
          "value"
        ],
        "properties": {
          "key": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "description": "the setting's name"
          },
          "value": {
            "description": "any JSON value"
          }
        }
      }
    }
  }
}
