import Hummingbird
import Logging
import ZhizaoStore

/// Where the server listens.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// trace, debug, info, notice, warning, error or critical.
    public var logLevel: String

    public init(host: String = "127.0.0.1", port: Int = 8080, logLevel: String = "info") {
        self.host = host
        self.port = port
        self.logLevel = logLevel
    }
}

/// The dashboard and API over `database`: pages, /api/v1, /healthz, assets; request logging; errors as pages
/// or JSON. Tests call it directly; `zhizao serve` runs it with graceful shutdown on SIGINT and SIGTERM.
public func buildApplication(configuration: ServerConfiguration, database: AppDatabase) -> some ApplicationProtocol {
    var logger = Logger(label: "zhizao")
    logger.logLevel = Logger.Level(rawValue: configuration.logLevel) ?? .info
    let router = buildRouter(database: database)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "zhizao"),
        logger: logger)
}

/// The router with every route and middleware.
public func buildRouter(database: AppDatabase) -> Router<BasicRequestContext> {
    let threads = DatabaseThreads(count: database.concurrentReads)
    let site = Site(database: database, threads: threads)
    let cache = ResponseCache(lifetime: Site.lifetime, threads: threads)
    let router = Router()
    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: ErrorMiddleware())
    router.get("/healthz") { _, _ in "ok" }
    PageRoutes(site: site, cache: cache).add(to: router)
    APIRoutes(site: site, cache: cache).add(to: router)
    return router
}
