package nl.opstap.matching;

import nl.opstap.client.ClientId;

/** Published after a client's consent or recorded skills changed, for the index. */
record CandidateChanged(ClientId client) {}
