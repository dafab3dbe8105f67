import ArgumentParser
import KomitmenState

/// `komitmen serve`'s quota flags (DESIGN: 429 `quota_exceeded` past an account's quota).
struct QuotaOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Most versions of one report a signatory account may make (every stored version counts).",
            valueName: "N"))
    var quotaVersions = FilingQuota.signatory.versionsPerReport

    @Option(
        help: ArgumentHelp(
            "Most bytes a signatory account may file per day (in the declaration's time zone).", valueName: "BYTES"))
    var quotaBytesPerDay = FilingQuota.signatory.bytesPerDay

    @Option(help: ArgumentHelp("The same for a secretariat account.", valueName: "N"))
    var secretariatQuotaVersions = FilingQuota.secretariat.versionsPerReport

    @Option(help: ArgumentHelp("The same for a secretariat account.", valueName: "BYTES"))
    var secretariatQuotaBytesPerDay = FilingQuota.secretariat.bytesPerDay

    var signatory: FilingQuota { FilingQuota(versionsPerReport: quotaVersions, bytesPerDay: quotaBytesPerDay) }
    var secretariat: FilingQuota {
        FilingQuota(versionsPerReport: secretariatQuotaVersions, bytesPerDay: secretariatQuotaBytesPerDay)
    }

    func validate() throws {
        for (name, value) in [
            ("--quota-versions", quotaVersions), ("--quota-bytes-per-day", quotaBytesPerDay),
            ("--secretariat-quota-versions", secretariatQuotaVersions),
            ("--secretariat-quota-bytes-per-day", secretariatQuotaBytesPerDay),
        ] where value < 1 {
            throw ValidationError("\(name) must be at least 1, not \(value)")
        }
    }
}
