"""Cross-cutting helpers shared by the simulator, the scorer and the tracker."""
