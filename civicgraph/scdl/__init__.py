"""Open-data deliberations: files of the SCDL « Délibérations » schema (schema.data.gouv.fr,
scdl/deliberations) read into the same graph as documents. `table` splits the file, `checks`
validates its rows, `reader` turns them into facts."""
