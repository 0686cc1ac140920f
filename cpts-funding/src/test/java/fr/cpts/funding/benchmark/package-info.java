/**
 * JMH benchmarks of the funding engine (not tests: they never run during {@code mvn verify}; see the module README).
 */
package fr.cpts.funding.benchmark;
