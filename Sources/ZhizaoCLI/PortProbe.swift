#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether the server can listen on an address, found by binding a socket there and closing it at once, so that a
/// port another program holds is said before the server starts (and before it prints where to open it).
enum PortProbe {
    enum Outcome: Equatable {
        case free
        /// Another program listens on the port.
        case inUse
        /// The port needs privileges this process lacks (below 1024 without root).
        case forbidden
        /// The host is no address of this machine.
        case notLocal
        /// The host is no address and no name that resolves.
        case unknownHost
        /// Another `errno`.
        case failed(Int32)
    }

    /// Binds a TCP socket with `SO_REUSEADDR`, as the server does, to `host`:`port`, and closes it.
    static func probe(host: String, port: Int) -> Outcome {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var addresses: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &addresses) == 0, let address = addresses else { return .unknownHost }
        defer { freeaddrinfo(addresses) }
        let socketFD = socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
        guard socketFD >= 0 else { return .failed(errno) }
        defer { close(socketFD) }
        var on: Int32 = 1
        _ = setsockopt(socketFD, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        guard bind(socketFD, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 else {
            switch errno {
            case EADDRINUSE: return .inUse
            case EACCES: return .forbidden
            case EADDRNOTAVAIL: return .notLocal
            case let code: return .failed(code)
            }
        }
        return .free
    }
}
