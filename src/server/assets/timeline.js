// Draws the Timeline page's charts with Chart.js from the page's JSON island.
// Text from reports reaches the charts only as labels drawn on a canvas, never as markup.
(() => {
  const island = document.getElementById("timeline-data");
  const Chart = globalThis.Chart;
  if (!island || !Chart) return;
  const data = JSON.parse(island.textContent || "{}");
  const events = data.events || [];
  const figures = data.figures || [];
  const palette = ["#0969da", "#bf3989", "#1a7f37", "#9a6700", "#8250df", "#cf222e", "#57606a"];

  const days = [...new Set(events.map((e) => e.day))].sort();
  const kinds = [...new Set(events.map((e) => e.kind))].sort();
  const eventSets = kinds.map((kind, i) => ({
    label: kind,
    backgroundColor: palette[i % palette.length],
    data: days.map((d) => events.filter((e) => e.day === d && e.kind === kind).length),
  }));
  new Chart(document.getElementById("events-chart"), {
    type: "bar",
    data: { labels: days, datasets: eventSets },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
      },
    },
  });

  // One unit at a time (drones, percent, days...), a point per report, coloured by the claim's verdict.
  const select = document.getElementById("figure-unit");
  const colours = {
    corroborated: "#1a7f37",
    single_source: "#8c959f",
    conflicting: "#cf222e",
    disputed: "#9a6700",
  };
  const figureDays = [...new Set(figures.map((f) => f.day))].sort();
  const figureChart = new Chart(document.getElementById("figures-chart"), {
    type: "line",
    data: { datasets: [] },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { type: "category", labels: figureDays }, y: { beginAtZero: true } },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => `${item.raw.text} (${item.raw.source}): ${item.raw.label}`,
          },
        },
      },
    },
  });
  function drawUnit(unit) {
    const shown = figures.filter((f) => f.unit === unit);
    figureChart.data.datasets = Object.keys(colours).map((status) => ({
      label: status.replace("_", " "),
      showLine: false,
      pointRadius: 5,
      backgroundColor: colours[status],
      borderColor: colours[status],
      data: shown.filter((f) => f.status === status).map((f) => ({ ...f, x: f.day, y: f.value })),
    }));
    figureChart.options.scales.y.title = { display: true, text: unit };
    figureChart.update();
  }
  if (select) {
    select.addEventListener("change", () => drawUnit(select.value));
    drawUnit(select.value);
  }
})();
