package io.dtle.translator.api;

import io.dtle.translator.cli.ConnectorStatus;
import java.util.Map;

/** One connector of a dtle job as Connect reports it: Src (the source) or Dest (the sink), config and status. */
record JobConnector(String name, String role, Map<String, String> config, ConnectorStatus status) {
}
