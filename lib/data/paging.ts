export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export function pageOf<T>(items: T[], total: number, page: number, pageSize: number): Page<T> {
  return {
    items,
    total,
    page: Math.max(page, 1),
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}
