"""One module per `cutoff` subcommand; see `pipeline.cli`."""
