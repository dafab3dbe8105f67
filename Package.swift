// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Every folder `Plugins/<Kind>/` holding a `<Kind>Stakeholder.swift` is a compiled-in stakeholder
/// plugin: its target is `<Kind>Stakeholder`. Discovering them here means a new plugin needs no
/// edit to this file; `Sources/KomitmenRegistry/Registry.swift` lists them (generated, and a test
/// fails when it is stale).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let stakeholderKinds: [String] = {
    let plugins = packageRoot.appendingPathComponent("Plugins")
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: plugins.path)) ?? []
    return entries.filter { kind in
        FileManager.default.fileExists(
            atPath: plugins.appendingPathComponent("\(kind)/\(kind)Stakeholder.swift").path)
    }.sorted()
}()

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
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "KomitmenYAML", dependencies: ["CLibYAML"]),
        .target(name: "KomitmenCore", dependencies: ["KomitmenYAML"]),
        .target(name: "KomitmenRender", dependencies: ["KomitmenCore"]),
        .target(name: "KomitmenRegistry", dependencies: ["KomitmenCore"] + stakeholderDependencies),
        .executableTarget(
            name: "komitmen",
            dependencies: [
                "KomitmenCore", "KomitmenRender", "KomitmenRegistry",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "KomitmenYAMLTests", dependencies: ["KomitmenYAML"]),
        .testTarget(name: "YAMLTestSuiteTests", dependencies: ["KomitmenYAML"]),
        .testTarget(
            name: "KomitmenCoreTests",
            dependencies: ["KomitmenCore", "KomitmenRender", "KomitmenRegistry"]
        ),
        .testTarget(
            name: "KomitmenEndToEndTests",
            dependencies: ["KomitmenCore"]
        ),
    ] + stakeholderTargets
)
