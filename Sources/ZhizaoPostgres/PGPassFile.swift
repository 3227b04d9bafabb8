import Foundation

/// A `.pgpass` file read by PostgreSQL's rules (libpq, "The Password File"): lines
/// `hostname:port:database:username:password`, `*` matching anything in the first four fields, `\:` and `\\`
/// escaping a colon or backslash, `#` starting a comment line; the first matching line wins. `localhost` also
/// matches a connection through a Unix-domain socket. A file readable by group or others is ignored, as libpq does.
public struct PGPassFile: Sendable, Equatable {
    /// One line's five fields, unescaped.
    public struct Entry: Sendable, Equatable {
        public var host: String
        public var port: String
        public var database: String
        public var user: String
        public var password: String
    }

    public var entries: [Entry]

    /// Parses the text of a `.pgpass` file; lines with fewer than five fields are skipped, as libpq skips them.
    public init(text: String) {
        entries = text.split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = Self.fields(line)
            guard fields.count >= 5 else { return nil }
            // libpq ends the password at the next unescaped colon too.
            return Entry(host: fields[0], port: fields[1], database: fields[2], user: fields[3], password: fields[4])
        }
    }

    /// The password of the first entry matching the connection; `host` is nil for a Unix-domain socket.
    public func password(host: String?, port: Int, database: String, user: String) -> String? {
        func matches(_ field: String, _ value: String) -> Bool { field == "*" || field == value }
        return entries.first { entry in
            let hostMatches = host.map { matches(entry.host, $0) } ?? (entry.host == "*" || entry.host == "localhost")
            return hostMatches && matches(entry.port, String(port)) && matches(entry.database, database)
                && matches(entry.user, user)
        }?.password
    }

    /// The file libpq would read: `PGPASSFILE`, else `~/.pgpass`. Nil when it is missing, unreadable, or readable
    /// by group or others (libpq then ignores it and warns).
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> PGPassFile? {
        let path = environment["PGPASSFILE"] ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass"
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let permissions = attributes[.posixPermissions] as? Int, permissions & 0o077 == 0,
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else { return nil }
        return PGPassFile(text: text)
    }

    /// Splits a line at unescaped colons, removing the backslashes of `\:` and `\\`.
    static func fields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var escaped = false
        for character in line {
            if escaped {
                field.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
