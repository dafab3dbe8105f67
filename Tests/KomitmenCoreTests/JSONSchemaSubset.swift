import Foundation

/// A validator for the subset of JSON Schema (draft 2020-12) that `docs/summary.schema.json`
/// uses, so the test needs no outside library: `type` (a name or a list), `required`,
/// `properties`, `additionalProperties` (true, false or a schema), `items`, `enum`, `minimum`,
/// `maximum`, `pattern`, and `$ref` to `#/$defs/...`. Annotations are ignored; any other keyword
/// is reported as unsupported, so the schema cannot quietly outgrow the validator.
struct JSONSchemaSubset {
    let root: [String: Any]

    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]
    static let keywords: Set<String> = [
        "type", "required", "properties", "additionalProperties", "items", "enum",
        "minimum", "maximum", "pattern", "$ref",
    ]

    init(schema: Any) {
        root = schema as? [String: Any] ?? [:]
    }

    /// Every problem found, as `path: message`; empty when the instance is valid.
    func validate(_ instance: Any) -> [String] {
        var problems: [String] = []
        check(instance, against: root, at: "$", into: &problems)
        return problems
    }

    private func check(_ instance: Any, against schema: [String: Any], at path: String, into problems: inout [String]) {
        for key in schema.keys where !Self.annotations.contains(key) && !Self.keywords.contains(key) {
            problems.append("\(path): unsupported schema keyword \(key)")
        }
        if let reference = schema["$ref"] as? String {
            guard let target = resolve(reference) else {
                problems.append("\(path): unresolvable $ref \(reference)")
                return
            }
            check(instance, against: target, at: path, into: &problems)
        }
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [type as? String ?? ""]
            guard types.contains(where: { Self.matches(instance, type: $0) }) else {
                problems.append(
                    "\(path): expected \(types.joined(separator: " or ")), found \(Self.typeName(instance))")
                return
            }
        }
        if let choices = schema["enum"] as? [Any], !choices.contains(where: { Self.equal($0, instance) }) {
            problems.append("\(path): \(instance) is not one of \(choices)")
        }
        if let number = Self.number(instance) {
            if let minimum = schema["minimum"] as? NSNumber, number < minimum.doubleValue {
                problems.append("\(path): \(number) is below the minimum \(minimum)")
            }
            if let maximum = schema["maximum"] as? NSNumber, number > maximum.doubleValue {
                problems.append("\(path): \(number) is above the maximum \(maximum)")
            }
        }
        if let text = instance as? String, let pattern = schema["pattern"] as? String,
            text.range(of: pattern, options: .regularExpression) == nil
        {
            problems.append("\(path): \"\(text)\" does not match \(pattern)")
        }
        if let object = instance as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing required property \(key)")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, value) in object {
                if let property = properties[key] as? [String: Any] {
                    check(value, against: property, at: "\(path).\(key)", into: &problems)
                } else if let additional = schema["additionalProperties"] {
                    if let allowed = additional as? Bool {
                        if !allowed { problems.append("\(path): property \(key) is not allowed") }
                    } else if let additional = additional as? [String: Any] {
                        check(value, against: additional, at: "\(path).\(key)", into: &problems)
                    }
                }
            }
        }
        if let array = instance as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() {
                check(item, against: items, at: "\(path)[\(index)]", into: &problems)
            }
        }
    }

    private func resolve(_ reference: String) -> [String: Any]? {
        let prefix = "#/$defs/"
        guard reference.hasPrefix(prefix) else { return nil }
        return (root["$defs"] as? [String: Any])?[String(reference.dropFirst(prefix.count))] as? [String: Any]
    }

    /// JSONSerialization gives NSNumber for numbers and booleans alike; booleans are of the private
    /// class __NSCFBoolean on both Linux and Darwin (`is Bool` would also take 0 and 1).
    static func isBoolean(_ value: Any) -> Bool {
        value is NSNumber && String(describing: type(of: value)).contains("Boolean")
    }

    static func number(_ value: Any) -> Double? {
        guard !isBoolean(value), let number = value as? NSNumber else { return nil }
        return number.doubleValue
    }

    static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "boolean": return isBoolean(value)
        case "number": return number(value) != nil
        case "integer": return number(value).map { $0 == $0.rounded() } ?? false
        case "string": return value is String
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    static func typeName(_ value: Any) -> String {
        ["null", "boolean", "integer", "number", "string", "array", "object"].first { matches(value, type: $0) }
            ?? "unknown"
    }

    static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        if let lhs = lhs as? String, let rhs = rhs as? String { return lhs == rhs }
        if let lhs = number(lhs), let rhs = number(rhs) { return lhs == rhs }
        if lhs is NSNull && rhs is NSNull { return true }
        return false
    }
}
