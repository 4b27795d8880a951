//! The atlas map projection: a spherical Lambert conformal conic (LCC) onto the fixed SVG viewBox.
//!
//! `tools/geoprep` projects every boundary vertex with [`Lcc::atlas`] when it derives
//! `data/geo/map.json`, and the widget calls the same function at run time for the cities of user
//! data, so points and shapes always line up. Pure `std`, no dependencies.
//!
//! Parameters (see `data/geo/README.md` for the derivation):
//! * central meridian 105°E (the middle of the 19.6°E–191°E span of Russia and China);
//! * standard parallels 35°N and 62°N. Scored by the RMS of ln(scale factor), they balance two
//!   weightings: by land area (dominated by Siberia; best pair ≈ 37°/64°) and one weight per
//!   region (dominated by European Russia and eastern China; best pair ≈ 34°/58°). 35°/62° is within
//!   about 9% of both optima, where 30°/62° is 23% off. The scale factor is 0.972 at its minimum
//!   (49.1°N), 1.106 at Hainan's southern tip (18.2°N) and 1.169 at Cape Chelyuskin (77.7°N);
//! * a sphere (the ellipsoid would move points by well under a viewBox unit at this scale);
//! * 750 viewBox units per Earth radius (1 unit ≈ 8.5 km at the standard parallels), cone apex
//!   (the North Pole) at (571, −117). The viewBox `0 0 1000 936` then holds all 119 regions,
//!   from Sevastopol (x ≈ 12) to the Commander Islands (x ≈ 987) and from Franz Josef Land
//!   (y ≈ 12) to Hainan (y ≈ 924), with a margin of about 12 units.
//!
//! Longitudes below 0 are taken as +360 (Chukotka crosses 180°; GeoNames cities there have
//! negative longitudes while the boundary data runs on to 191°E).

/// Width of the atlas SVG viewBox, in map units.
pub const VIEW_W: f64 = 1000.0;
/// Height of the atlas SVG viewBox, in map units.
pub const VIEW_H: f64 = 936.0;

/// Central meridian of the atlas projection, degrees east.
pub const CENTRAL_MERIDIAN: f64 = 105.0;
/// Standard parallels of the atlas projection, degrees north.
pub const STANDARD_PARALLELS: (f64, f64) = (35.0, 62.0);
/// Map units per Earth radius.
pub const SCALE: f64 = 750.0;
/// Position of the cone's apex (the North Pole) in viewBox coordinates.
pub const APEX: (f64, f64) = (571.0, -117.0);
/// Mean Earth radius in km, only to express the scale in km (`SCALE` units = 1 radius).
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// A spherical Lambert conformal conic projection onto SVG coordinates (x right, y down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lcc {
    lon0: f64,
    lat1: f64,
    lat2: f64,
    /// Cone constant.
    n: f64,
    /// F of Snyder (1987), eq. 15-2, on the unit sphere.
    f: f64,
    scale: f64,
    apex: (f64, f64),
}

fn tan_half(lat_rad: f64) -> f64 {
    (std::f64::consts::FRAC_PI_4 + lat_rad / 2.0).tan()
}

/// Longitude in degrees with negative values moved east by 360 (the atlas convention).
pub fn east_lon(lon: f64) -> f64 {
    if lon < 0.0 {
        lon + 360.0
    } else {
        lon
    }
}

impl Lcc {
    /// An LCC with the given central meridian and standard parallels (degrees, `lat1 != lat2`,
    /// both north), `scale` map units per Earth radius and the pole at `apex` (map units).
    pub fn new(lon0: f64, lat1: f64, lat2: f64, scale: f64, apex: (f64, f64)) -> Lcc {
        let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
        let n = (p1.cos() / p2.cos()).ln() / (tan_half(p2) / tan_half(p1)).ln();
        let f = p1.cos() * tan_half(p1).powf(n) / n;
        Lcc { lon0, lat1, lat2, n, f, scale, apex }
    }

    /// The projection of the atlas map, matching `VIEW_W` × `VIEW_H`.
    pub fn atlas() -> Lcc {
        Lcc::new(CENTRAL_MERIDIAN, STANDARD_PARALLELS.0, STANDARD_PARALLELS.1, SCALE, APEX)
    }

    /// Cone constant n (sin of the latitude where the cone touches, between the two parallels).
    pub fn cone_constant(&self) -> f64 {
        self.n
    }

    /// (lon, lat) in degrees to (x, y) in viewBox units, x to the right, y down.
    /// Longitudes below 0 count as +360.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let rho = self.scale * self.f / tan_half(lat.to_radians()).powf(self.n);
        let theta = self.n * (east_lon(lon) - self.lon0).to_radians();
        (self.apex.0 + rho * theta.sin(), self.apex.1 + rho * theta.cos())
    }

    /// The inverse of [`Lcc::project`]: (x, y) to (lon, lat) in degrees. The longitude is
    /// `lon0 ± 180/n`, so points east of 180° come back as e.g. 185 (never negative here).
    pub fn unproject(&self, x: f64, y: f64) -> (f64, f64) {
        let (dx, dy) = (x - self.apex.0, y - self.apex.1);
        let rho = (dx * dx + dy * dy).sqrt() / self.scale;
        let theta = dx.atan2(dy);
        let lon = self.lon0 + (theta / self.n).to_degrees();
        let lat = 2.0 * (self.f / rho).powf(1.0 / self.n).atan() - std::f64::consts::FRAC_PI_2;
        (lon, lat.to_degrees())
    }

    /// Point scale factor at a latitude (1 on the standard parallels, < 1 between them).
    pub fn scale_factor(&self, lat: f64) -> f64 {
        let (p1, p) = (self.lat1.to_radians(), lat.to_radians());
        p1.cos() * tan_half(p1).powf(self.n) / (p.cos() * tan_half(p).powf(self.n))
    }

    /// Map units per km at a latitude.
    pub fn units_per_km(&self, lat: f64) -> f64 {
        self.scale / EARTH_RADIUS_KM * self.scale_factor(lat)
    }

    /// The standard parallels, degrees.
    pub fn standard_parallels(&self) -> (f64, f64) {
        (self.lat1, self.lat2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, eps: f64) -> bool {
        (a - b).abs() <= eps
    }

    fn inside_view((x, y): (f64, f64)) -> bool {
        (0.0..=VIEW_W).contains(&x) && (0.0..=VIEW_H).contains(&y)
    }

    #[test]
    fn central_meridian_is_the_vertical_line_through_the_apex() {
        let p = Lcc::atlas();
        for lat in [18.0, 35.0, 50.0, 62.0, 81.0] {
            let (x, _) = p.project(CENTRAL_MERIDIAN, lat);
            assert!(close(x, APEX.0, 1e-9), "lat {lat}: x {x}");
        }
        // North is up along it.
        assert!(p.project(105.0, 60.0).1 < p.project(105.0, 40.0).1);
    }

    #[test]
    fn standard_parallels_have_true_scale() {
        let p = Lcc::atlas();
        assert!(close(p.scale_factor(35.0), 1.0, 1e-12));
        assert!(close(p.scale_factor(62.0), 1.0, 1e-12));
        assert!(p.scale_factor(48.0) < 1.0);
        for (lat, k) in [(18.2, 1.106), (49.1, 0.972), (77.7, 1.169)] {
            assert!(close(p.scale_factor(lat), k, 1e-3), "k({lat}) = {}", p.scale_factor(lat));
        }
    }

    #[test]
    fn extreme_points_fit_the_view_box_with_a_margin() {
        let p = Lcc::atlas();
        let sevastopol = p.project(33.518, 44.49);
        let bering_island = p.project(168.11, 54.50);
        let franz_josef = p.project(36.65, 80.17);
        let hainan_south = p.project(109.56, 18.17);
        for q in [sevastopol, bering_island, franz_josef, hainan_south] {
            assert!(inside_view(q), "{q:?}");
        }
        assert!(close(sevastopol.0, 12.4, 1.0), "{sevastopol:?}");
        assert!(close(bering_island.0, VIEW_W - 12.9, 1.0), "{bering_island:?}");
        assert!(close(franz_josef.1, 12.0, 1.0), "{franz_josef:?}");
        assert!(close(hainan_south.1, VIEW_H - 12.0, 1.0), "{hainan_south:?}");
    }

    #[test]
    fn known_cities_are_where_expected() {
        let p = Lcc::atlas();
        let moscow = p.project(37.62, 55.76);
        let beijing = p.project(116.40, 39.91);
        assert!(moscow.0 < beijing.0 && moscow.1 < beijing.1);
        let blagoveshchensk = p.project(127.53, 50.29);
        let heihe = p.project(127.49, 50.24);
        let dy = heihe.1 - blagoveshchensk.1;
        // About 6 km apart: north of it, by under a map unit.
        assert!(dy > 0.3 && dy < 1.2, "{blagoveshchensk:?} vs {heihe:?}");
        assert!((blagoveshchensk.0 - heihe.0).abs() < 1.0);
        let vladivostok = p.project(131.89, 43.12);
        let harbin = p.project(126.65, 45.75);
        assert!(vladivostok.0 > harbin.0 && vladivostok.1 > harbin.1);
        for q in [moscow, beijing, blagoveshchensk, vladivostok] {
            assert!(inside_view(q));
        }
    }

    #[test]
    fn negative_longitudes_continue_east_of_180() {
        let p = Lcc::atlas();
        let (w, e) = (p.project(179.0, 66.0), p.project(-175.0, 66.0));
        assert!(e.0 > w.0, "{w:?} {e:?}");
        assert_eq!(p.project(-175.0, 66.0), p.project(185.0, 66.0));
        // No seam: the two sides of the antimeridian meet.
        let (a, b) = (p.project(179.9999, 66.0), p.project(-179.9999, 66.0));
        assert!(close(a.0, b.0, 1e-3) && close(a.1, b.1, 1e-3));
        let (c, d) = (p.project(180.0, 66.0), p.project(-180.0, 66.0));
        assert!(close(c.0, d.0, 1e-9) && close(c.1, d.1, 1e-9));
        // Chukotka's eastern tip (Cape Dezhnev, 169.7°W) is on the map.
        assert!(inside_view(p.project(-169.7, 66.08)));
    }

    #[test]
    fn unproject_round_trips() {
        let p = Lcc::atlas();
        for &(lon, lat) in &[(105.0, 50.0), (20.5, 54.7), (190.0, 66.0), (113.5, 22.2), (60.0, 80.0)] {
            let (x, y) = p.project(lon, lat);
            let (lo, la) = p.unproject(x, y);
            assert!(close(lo, lon, 1e-9) && close(la, lat, 1e-9), "({lon},{lat}) -> ({lo},{la})");
        }
        let (lo, _) = p.unproject(p.project(-175.0, 65.0).0, p.project(-175.0, 65.0).1);
        assert!(close(lo, 185.0, 1e-9));
    }

    #[test]
    fn conformal_scale_matches_along_meridian_and_parallel() {
        let p = Lcc::atlas();
        let (lat, lon, d) = (50.0, 130.0, 1e-4);
        let dist = |a: (f64, f64), b: (f64, f64)| ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
        let o = p.project(lon, lat);
        let along_meridian = dist(o, p.project(lon, lat + d));
        let along_parallel = dist(o, p.project(lon + d, lat)) / lat.to_radians().cos();
        assert!(close(along_meridian / along_parallel, 1.0, 1e-6));
        let expected = d.to_radians() * SCALE * p.scale_factor(lat);
        assert!(close(along_meridian / expected, 1.0, 1e-6));
    }
}
