export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function report(name: string, values: number[], unit = 'ms'): string {
  const line = `${name}: median ${median(values).toFixed(1)} ${unit} (runs: ${values.map((v) => v.toFixed(1)).join(', ')})`;
  console.log(line);
  return line;
}
