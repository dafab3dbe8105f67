import ArgumentParser
import KomitmenState

/// `--state DIR`, shared by `accounts` and `audit`.
struct StateOptions: ParsableArguments {
    @Option(
        name: .customLong("state"),
        help: ArgumentHelp(
            "The server's state folder (accounts, receipts, audit chain); never inside ROOT.", valueName: "DIR"))
    var folder: String = StateLocation.defaultFolder
}
