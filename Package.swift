// swift-tools-version:6.0
import PackageDescription

/// The compiled-in stakeholder plugins: each `Plugins/<Kind>/` folder is a target `<Kind>Stakeholder`.
/// SwiftPM caches this manifest, so the list is written out rather than discovered; the command
/// `swift package --allow-writing-to-package-directory new-stakeholder NAME` adds to it, and
/// GeneratedFilesTests fails when it, `Plugins/` and `Sources/KomitmenRegistry/Registry.swift` disagree.
let stakeholderKinds = [
    // new-stakeholder: kinds
    "Government",
    "Immigration",
    "Media",
    "Ngo",
    "Police",
    "Prosecution",
    "Recruitment",
    "Religious",
    "University",
]

let stakeholderTargets: [Target] = stakeholderKinds.map { kind in
    .target(name: "\(kind)Stakeholder", dependencies: ["KomitmenCore"], path: "Plugins/\(kind)")
}
let stakeholderDependencies: [Target.Dependency] = stakeholderKinds.map { .target(name: "\($0)Stakeholder") }

let package = Package(
    name: "komitmen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "komitmen", targets: ["komitmen"]),
        .library(name: "KomitmenCore", targets: ["KomitmenCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.25.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Phrase, Language, Mark, Diagnostic: what renderers and plugins need without the YAML reader.
        .target(name: "KomitmenText"),
        .target(name: "KomitmenYAML", dependencies: ["KomitmenText", "CLibYAML"]),
        .target(name: "KomitmenCore", dependencies: ["KomitmenText", "KomitmenYAML"]),
        .target(name: "KomitmenRender", dependencies: ["KomitmenCore"]),
        .target(name: "KomitmenRegistry", dependencies: ["KomitmenCore"] + stakeholderDependencies),
        // The one generator of Package.swift's kinds and Registry.swift, run by the plugin below.
        .target(name: "KomitmenGenerators"),
        .executableTarget(name: "komitmen-generate", dependencies: ["KomitmenGenerators"], path: "Sources/GenerateFiles"),
        // Files written whole and files under ROOT read without following links: below the app
        // layer and the state store alike.
        .target(name: "KomitmenFiles", dependencies: ["KomitmenText"]),
        .target(name: "KomitmenApp", dependencies: ["KomitmenCore", "KomitmenRender", "KomitmenFiles"]),
        // The served intake's state (accounts, receipts, audit chain); the HTTP routes build on it.
        .target(name: "KomitmenState", dependencies: [
            "KomitmenCore", "KomitmenFiles", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The served intake's use cases (filing, reviews, changes made outside, authentication),
        // whatever carries the requests: no HTTP here.
        .target(name: "KomitmenIntake", dependencies: [
            "KomitmenApp", "KomitmenCore", "KomitmenFiles", "KomitmenRender", "KomitmenState",
            .product(name: "Logging", package: "swift-log"),
        ]),
        // `komitmen serve`: the HTTP routes over the intake (Hummingbird 2).
        .target(name: "KomitmenHTTP", dependencies: [
            "KomitmenIntake", "KomitmenState", "KomitmenApp", "KomitmenRender",
            .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"), .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
        ]),
        .plugin(
            name: "NewStakeholder",
            capability: .command(
                intent: .custom(verb: "new-stakeholder",
                                description: "Scaffold a stakeholder plugin in Plugins/<Kind>/ and register it (NAME), or --regenerate the registry"),
                permissions: [.writeToPackageDirectory(reason: "Writes Plugins/<Kind>/, the stakeholderKinds list in Package.swift and Sources/KomitmenRegistry/Registry.swift")]
            ),
            dependencies: ["komitmen-generate"],
            path: "Plugins/NewStakeholder"
        ),
        .executableTarget(
            name: "komitmen",
            dependencies: [
                "KomitmenApp", "KomitmenCore", "KomitmenRender", "KomitmenRegistry", "KomitmenState", "KomitmenHTTP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release only: the Swift runtime and Foundation linked in, so a start does not load and
            // relocate some 20 shared libraries (`--version` median 14.7 -> 9.5 ms on a loaded machine);
            // linked by the toolchain's lld with packed relative relocations (DT_RELR, glibc 2.36+):
            // the 120,000 relocations of a position-independent binary this size are read from a few
            // kilobytes instead of 2.9 MB (9.0 -> 6.4 ms in one hyperfine run). libstdc++ and libgcc
            // linked in too (scripts/link/libstdc++.so): libstdc++.so.6 alone cost 1,700 symbol
            // lookups at every start. No dynamic symbol table (the toolchain asks for -export-dynamic;
            // nothing looks our symbols up, and the backtracer's dladdr at start scanned 46,000 of
            // them). See docs/benchmarks.md, "Start-up". Debug builds and the tests link as before.
            linkerSettings: [
                .unsafeFlags(
                    // The static Foundation's own parts, which its modules do not name for the linker.
                    [
                        "-static-stdlib", "-l_FoundationCollections", "-lCoreFoundation", "-l_FoundationICU",
                        "-l_FoundationCShims", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
                        "-Xlinker", "--no-export-dynamic", "-Xclang-linker", "-static-libgcc",
                        "-L", Context.packageDirectory + "/scripts/link",
                    ],
                    .when(configuration: .release))
            ]
        ),
        // What two test targets share: the pseudo-language check.
        .target(name: "KomitmenTestSupport", dependencies: ["KomitmenCore", "KomitmenRegistry"], path: "Tests/Support"),
        .testTarget(name: "KomitmenYAMLTests", dependencies: ["KomitmenYAML"]),
        .testTarget(name: "YAMLTestSuiteTests", dependencies: ["KomitmenYAML"], exclude: ["Fixtures"]),
        .testTarget(
            name: "KomitmenCoreTests",
            dependencies: ["KomitmenText", "KomitmenCore", "KomitmenRender", "KomitmenRegistry", "KomitmenGenerators"]
        ),
        .testTarget(name: "KomitmenAppTests", dependencies: ["KomitmenApp", "KomitmenFiles", "KomitmenRegistry"]),
        .testTarget(name: "KomitmenServerTests", dependencies: [
            "KomitmenState", "KomitmenIntake", "KomitmenHTTP", "KomitmenRegistry", "KomitmenTestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(
            name: "KomitmenEndToEndTests",
            dependencies: [
                "KomitmenCore", "KomitmenRegistry", "KomitmenState", "KomitmenTestSupport", "komitmen", "komitmen-generate",
            ],
            exclude: ["Fixtures"]
        ),
    ] + stakeholderTargets
)
