/** The JSON Schema of articles/<id>/article.json (published in docs/bundle-format.md; a test keeps the two equal). */
export const articleSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "Offprint bundle article metadata (articles/<id>/article.json), format version 1",
  "description": "One article's metadata. Only id and title are required; readers ignore fields they do not know.",
  "type": "object",
  "required": [
    "id",
    "title"
  ],
  "definitions": {
    "optionalText": {
      "type": [
        "string",
        "null"
      ],
      "maxLength": 10000,
      "description": "text, or null"
    },
    "date": {
      "type": [
        "string",
        "null"
      ],
      "pattern": "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?$",
      "description": "an ISO 8601 date or timestamp (2017-09-28 or 2017-09-28T08:30:00Z), or null"
    }
  },
  "properties": {
    "id": {
      "type": "string",
      "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$",
      "description": "the article's identifier: letters, digits, '.', '_' and '-', at most 128, the same as its folder's name"
    },
    "title": {
      "type": "string",
      "minLength": 1,
      "maxLength": 1000,
      "description": "the title"
    },
    "author": {
      "$ref": "#/definitions/optionalText"
    },
    "source": {
      "$ref": "#/definitions/optionalText"
    },
    "url": {
      "type": [
        "string",
        "null"
      ],
      "maxLength": 2048,
      "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#\\\\]+(?:[/?#][^\\s\\\\]*)?$",
      "description": "the article's canonical web address (an absolute http or https URL, at most 2048 characters), or null"
    },
    "publishedAt": {
      "$ref": "#/definitions/date"
    },
    "submittedAt": {
      "$ref": "#/definitions/date"
    },
    "addedAt": {
      "type": [
        "string",
        "null"
      ],
      "pattern": "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?$",
      "description": "an ISO 8601 timestamp: when the article entered the library it was exported from, or null"
    },
    "favouritedAt": {
      "type": [
        "string",
        "null"
      ],
      "pattern": "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?$",
      "description": "an ISO 8601 timestamp: when the article was marked a favourite, or null (not a favourite)"
    },
    "archivedAt": {
      "type": [
        "string",
        "null"
      ],
      "pattern": "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?$",
      "description": "an ISO 8601 timestamp: when the article was moved to the archive, or null (not archived)"
    },
    "linkOnly": {
      "type": "boolean",
      "description": "true for a link-only entry: its source gave no text (a Pocket export), and its body file is empty"
    },
    "language": {
      "type": [
        "string",
        "null"
      ],
      "pattern": "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$",
      "description": "a BCP 47 language tag (en, zh-CN), or null"
    },
    "tags": {
      "type": "array",
      "maxItems": 1000,
      "items": {
        "type": "string",
        "minLength": 1,
        "maxLength": 1000
      },
      "description": "a list of tags"
    },
    "keywords": {
      "type": "array",
      "maxItems": 1000,
      "items": {
        "type": "string",
        "minLength": 1,
        "maxLength": 1000
      },
      "description": "the article's own keywords, as its page gave them (meta keywords, article:tag, front matter); not tags"
    },
    "wordCount": {
      "type": "integer",
      "minimum": 0,
      "description": "a whole number of words"
    },
    "contentHash": {
      "type": "string",
      "pattern": "^[0-9a-f]{64}$",
      "description": "the SHA-256 (64 lower-case hex digits) of the normalised plain text"
    },
    "originalName": {
      "type": "string",
      "maxLength": 4096,
      "description": "the name of the file the article was imported from"
    },
    "editedAt": {
      "type": "string",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?$",
      "description": "an ISO 8601 timestamp: when the person last corrected the article's details (Edit details…)"
    },
    "editedFields": {
      "type": "array",
      "maxItems": 32,
      "uniqueItems": true,
      "items": {
        "type": "string",
        "pattern": "^[A-Za-z]{1,32}$"
      },
      "description": "the details the person corrected (title, author, source, url, publishedAt, language): the person's, kept when the article is imported again; a reader ignores names it does not know"
    },
    "fromFile": {
      "type": "object",
      "description": "what the file says for each corrected detail, by the same names; a reader ignores names it does not know",
      "properties": {
        "title": {
          "$ref": "#/properties/title"
        },
        "author": {
          "$ref": "#/definitions/optionalText"
        },
        "source": {
          "$ref": "#/definitions/optionalText"
        },
        "url": {
          "$ref": "#/properties/url"
        },
        "publishedAt": {
          "$ref": "#/definitions/date"
        },
        "language": {
          "$ref": "#/properties/language"
        }
      }
    }
  }
};
