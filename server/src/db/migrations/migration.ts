/** One schema change. Its own module, so the migrations and the runner do not import each other. */
export interface Migration {
  /** 1, 2, 3…: the order, and the schema version once applied. */
  id: number;
  name: string;
  sql: string;
}
