package dev.lantern.app.ingest;

import java.util.Optional;

/**
 * The bytes of one input, before their kind is known.
 *
 * @param source the input's name, for outcomes and messages
 * @param identity what makes two ingests "the same document": the absolute path, the URL, or the
 *     upload name
 * @param bytes the content
 * @param contentType the media type a server declared, if any
 */
record Loaded(String source, String identity, byte[] bytes, Optional<String> contentType) {}
