/** The job-file model and its readers: dtle 2.x job.json and the dtle 3.x/4.x (Nomad) job JSON. */
package io.dtle.translator.job;
