/**
 * The territorial diagnostic: a catalogue of per-commune indicators (as data, with their source and year), the data
 * sets imported for them, and their aggregation on any list of communes compared with its département, its région
 * and France, under the small-count rule.
 */
package fr.cpts.domain.diagnostic;
