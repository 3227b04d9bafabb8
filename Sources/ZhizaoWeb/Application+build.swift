import Hummingbird
import Logging
import ZhizaoStorage

/// Where the server listens and who may use it.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// trace, debug, info, notice, warning, error or critical.
    public var logLevel: String
    /// Whether reading the dashboard and the API needs a signed-in account too (writes always do).
    public var readNeedsLogin: Bool
    /// Whether session cookies are marked `Secure`: served over TLS, or behind a proxy that terminates it.
    public var secureCookies: Bool

    public init(host: String = "127.0.0.1", port: Int = 8080, logLevel: String = "info", readNeedsLogin: Bool = false, secureCookies: Bool = false) {
        self.host = host
        self.port = port
        self.logLevel = logLevel
        self.readNeedsLogin = readNeedsLogin
        self.secureCookies = secureCookies
    }

    /// Whether the address is this machine only.
    public var isLoopback: Bool { ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.") }
}

/// The dashboard and API over `database`: pages, /api/v1, /healthz, assets; request logging; security headers;
/// errors as pages or JSON. Tests call it directly; `zhizao serve` runs it with graceful shutdown on SIGINT and SIGTERM.
public func buildApplication(configuration: ServerConfiguration, database: any Storage) -> some ApplicationProtocol {
    var logger = Logger(label: "zhizao")
    logger.logLevel = Logger.Level(rawValue: configuration.logLevel) ?? .info
    let router = buildRouter(database: database, configuration: configuration).router
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "zhizao"),
        logger: logger)
}

/// The router with every route and middleware, and the table of who may call each route.
func buildRouter(database: any Storage, configuration: ServerConfiguration = ServerConfiguration()) -> (router: Router<AppContext>, routes: [RouteEntry]) {
    let site = Site(database: database)
    let cache = ResponseCache(lifetime: Site.lifetime)
    let sessions = Sessions(database: database, secureCookies: configuration.secureCookies)
    let router = Router(context: AppContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorMiddleware(places: { site.cachedPlaces }))
    let methods = MethodMiddleware()
    router.add(middleware: methods)
    router.add(middleware: AuthenticationMiddleware(sessions: sessions))
    let book = RouteBook(router: router, readNeedsLogin: configuration.readNeedsLogin)
    book.get("/healthz", .open) { _, _ in Response(status: .ok, body: .init(byteBuffer: .init(string: "ok"))) }
    LoginRoutes(site: site, sessions: sessions).add(to: book)
    PageRoutes(site: site, cache: cache).add(to: book)
    DownloadRoutes(site: site, cache: cache).add(to: book)
    SpecialisationRoutes(site: site, cache: cache).add(to: book)
    APIRoutes(site: site, cache: cache).add(to: book)
    APIWriteRoutes(site: site, cache: cache).add(to: book)
    APIEditRoutes(site: site, cache: cache).add(to: book)
    WritePageRoutes(site: site, cache: cache, uploads: Uploads()).add(to: book)
    EditPageRoutes(site: site, cache: cache).add(to: book)
    AdminRoutes(site: site).add(to: book)
    methods.routes = book.entries
    return (router, book.entries)
}
