import { LitElement, html, css } from 'lit';
import Chart from 'chart.js/auto';

/**
 * Submissions of a report over time against its deadline: a step line of the number of units that have
 * submitted, a red vertical line at the deadline and a dashed line for the number of units expected.
 * The server sets `data` (JSON): {points: [{t, n, label}], deadline, now, total, labels: {...}}.
 */
class SubmissionChart extends LitElement {
  static properties = { data: { type: String } };

  static styles = css`
    :host { display: block; position: relative; width: 100%; height: 260px; }
    canvas { width: 100% !important; height: 100% !important; }
  `;

  render() {
    return html`<canvas role="img" aria-label=${this._labels().title ?? ''}></canvas>`;
  }

  _parsed() {
    try {
      return JSON.parse(this.data || '{}');
    } catch (e) {
      return {};
    }
  }

  _labels() {
    return this._parsed().labels || {};
  }

  updated() {
    const d = this._parsed();
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas || !d.deadline) {
      return;
    }
    const labels = d.labels || {};
    const points = (d.points || []).map((p) => ({ x: p.t, y: p.n, label: p.label }));
    const first = points.length ? Math.min(points[0].x, d.deadline) : d.deadline - 86400000 * 7;
    const last = Math.max(d.now || d.deadline, d.deadline, points.length ? points[points.length - 1].x : 0);
    const span = Math.max(last - first, 3600000);
    const min = first - span * 0.05;
    const max = last + span * 0.05;
    const cumulative = [{ x: min, y: 0 }, ...points];
    if (d.now && d.now > (points.length ? points[points.length - 1].x : min)) {
      cumulative.push({ x: Math.min(d.now, max), y: points.length ? points[points.length - 1].y : 0 });
    }
    const top = Math.max(d.total || 0, points.length ? points[points.length - 1].y : 0, 1);
    const datasets = [
      {
        label: labels.submitted,
        data: cumulative,
        stepped: 'before',
        borderColor: '#1565c0',
        backgroundColor: 'rgba(21, 101, 192, 0.15)',
        fill: true,
        pointRadius: (ctx) => (ctx.raw && ctx.raw.label ? 4 : 0),
      },
      {
        label: labels.deadline,
        data: [{ x: d.deadline, y: 0 }, { x: d.deadline, y: top }],
        borderColor: '#c62828',
        borderWidth: 2,
        pointRadius: 0,
      },
      {
        label: labels.expected,
        data: [{ x: min, y: d.total }, { x: max, y: d.total }],
        borderColor: '#757575',
        borderDash: [6, 4],
        borderWidth: 1,
        pointRadius: 0,
      },
    ];
    const format = (ms) => new Date(ms).toLocaleString('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit',
    });
    const options = {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      showLine: true,
      scales: {
        x: { type: 'linear', min, max, ticks: { callback: (v) => format(v), maxTicksLimit: 6 } },
        y: { beginAtZero: true, suggestedMax: top, ticks: { precision: 0 }, title: { display: true, text: labels.units } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items) => format(items[0].raw.x),
            label: (item) => (item.raw.label ? `${item.raw.label} (${item.raw.y})` : `${item.dataset.label}`),
          },
        },
      },
    };
    if (this._chart) {
      this._chart.data.datasets = datasets;
      this._chart.options = options;
      this._chart.update();
    } else {
      this._chart = new Chart(canvas, { type: 'scatter', data: { datasets }, options });
    }
  }

  connectedCallback() {
    super.connectedCallback();
    this.requestUpdate();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    if (this._chart) {
      this._chart.destroy();
      this._chart = undefined;
    }
  }
}

customElements.define('submission-chart', SubmissionChart);
