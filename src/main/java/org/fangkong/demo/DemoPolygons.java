package org.fangkong.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fangkong.jurisdiction.JurisdictionView;

/**
 * Made-up boundaries for the demo grids: the Voronoi cell of each grid's point among all
 * the grids' points (a polygon cut by the perpendicular bisector towards every other
 * point), starting from a circle of {@code reach} metres, so that neighbouring grids
 * share their edges and outlying ones stay a few kilometres wide. Worked in local metres,
 * given back as closed rings of {@code [longitude, latitude]}.
 */
final class DemoPolygons {

	private static final int CIRCLE = 16;

	private final List<JurisdictionView> grids;

	private final double reach;

	private final double lat0;

	private final double kx;

	private static final double KY = 110_540;

	DemoPolygons(List<JurisdictionView> grids, double reach) {
		this.grids = grids;
		this.reach = reach;
		this.lat0 = grids.stream().mapToDouble(JurisdictionView::latitude).average().orElse(0);
		this.kx = Math.cos(Math.toRadians(this.lat0)) * 111_320;
	}

	/** The cell of one grid as a closed ring. */
	List<double[]> cellOf(JurisdictionView grid) {
		double[] p = metres(grid);
		List<double[]> cell = new ArrayList<>();
		for (int i = 0; i < CIRCLE; i++) {
			double angle = 2 * Math.PI * i / CIRCLE;
			cell.add(new double[] { p[0] + this.reach * Math.cos(angle), p[1] + this.reach * Math.sin(angle) });
		}
		for (JurisdictionView other : this.grids) {
			if (other.id() == grid.id()) {
				continue;
			}
			double[] q = metres(other);
			if (q[0] == p[0] && q[1] == p[1]) {
				continue;
			}
			cell = clip(cell, p, q);
		}
		List<double[]> ring = new ArrayList<>();
		for (double[] m : cell) {
			ring.add(lonLat(m));
		}
		ring.add(ring.get(0));
		return ring;
	}

	/** Keeps the part of {@code polygon} nearer to {@code p} than to {@code q}. */
	private static List<double[]> clip(List<double[]> polygon, double[] p, double[] q) {
		double nx = q[0] - p[0];
		double ny = q[1] - p[1];
		double c = (nx * (p[0] + q[0]) + ny * (p[1] + q[1])) / 2;
		List<double[]> out = new ArrayList<>();
		for (int i = 0; i < polygon.size(); i++) {
			double[] a = polygon.get(i);
			double[] b = polygon.get((i + 1) % polygon.size());
			double da = nx * a[0] + ny * a[1] - c;
			double db = nx * b[0] + ny * b[1] - c;
			if (da <= 0) {
				out.add(a);
			}
			if ((da < 0 && db > 0) || (da > 0 && db < 0)) {
				double t = da / (da - db);
				out.add(new double[] { a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]) });
			}
		}
		return out;
	}

	/** The convex hull of positions ({@code [longitude, latitude]}), as a closed ring. */
	static List<double[]> hull(List<double[]> points) {
		List<double[]> sorted = new ArrayList<>(points);
		sorted.sort(Comparator.<double[]>comparingDouble((p) -> p[0]).thenComparingDouble((p) -> p[1]));
		List<double[]> lower = new ArrayList<>();
		for (double[] p : sorted) {
			while (lower.size() >= 2 && cross(lower.get(lower.size() - 2), lower.get(lower.size() - 1), p) <= 0) {
				lower.remove(lower.size() - 1);
			}
			lower.add(p);
		}
		List<double[]> upper = new ArrayList<>();
		for (int i = sorted.size() - 1; i >= 0; i--) {
			double[] p = sorted.get(i);
			while (upper.size() >= 2 && cross(upper.get(upper.size() - 2), upper.get(upper.size() - 1), p) <= 0) {
				upper.remove(upper.size() - 1);
			}
			upper.add(p);
		}
		lower.remove(lower.size() - 1);
		upper.remove(upper.size() - 1);
		List<double[]> ring = new ArrayList<>(lower);
		ring.addAll(upper);
		ring.add(ring.get(0));
		return ring;
	}

	private static double cross(double[] o, double[] a, double[] b) {
		return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
	}

	private double[] metres(JurisdictionView node) {
		return new double[] { node.longitude() * this.kx, (node.latitude() - this.lat0) * KY };
	}

	private double[] lonLat(double[] m) {
		return new double[] { Math.round(m[0] / this.kx * 1e6) / 1e6, Math.round((m[1] / KY + this.lat0) * 1e6) / 1e6 };
	}

}
