import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** The year and organisation chosen in the header; every dashboard page reads them. */
export interface Filters {
  year: number;
  /** '' = the caller's whole scope */
  orgNodeId: string;
}

interface FiltersValue extends Filters {
  setYear: (year: number) => void;
  setOrgNodeId: (id: string) => void;
  /** True while the page on screen shows demo data (示例数据). */
  isDemo: boolean;
  setIsDemo: (v: boolean) => void;
}

const STORAGE_KEY = 'nianbao.filters';

/** Reports are written in January for the year before. */
export function defaultYear(now = new Date()): number {
  return now.getFullYear() - 1;
}

function readStored(): Partial<Filters> {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return {};
    const v = JSON.parse(raw) as Partial<Filters>;
    return {
      year: typeof v.year === 'number' ? v.year : undefined,
      orgNodeId: typeof v.orgNodeId === 'string' ? v.orgNodeId : undefined,
    };
  } catch {
    return {};
  }
}

function store(f: Filters): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(f));
  } catch {
    // not persisted in private mode
  }
}

/** The filters the app opens with: the stored ones, else the default year and the whole scope. */
export function initialFilters(stored: Partial<Filters> = readStored()): Filters {
  return { year: stored.year ?? defaultYear(), orgNodeId: stored.orgNodeId ?? '' };
}

const FiltersContext = createContext<FiltersValue>({
  year: defaultYear(),
  orgNodeId: '',
  setYear: () => undefined,
  setOrgNodeId: () => undefined,
  isDemo: false,
  setIsDemo: () => undefined,
});

export function FiltersProvider({ children, initial }: { children: ReactNode; initial?: Partial<Filters> }) {
  const [filters, setFilters] = useState<Filters>(() => initialFilters(initial));
  const [isDemo, setIsDemo] = useState(false);
  const setYear = useCallback((year: number) => {
    setFilters((f) => {
      const next = { ...f, year };
      store(next);
      return next;
    });
  }, []);
  const setOrgNodeId = useCallback((orgNodeId: string) => {
    setFilters((f) => {
      const next = { ...f, orgNodeId };
      store(next);
      return next;
    });
  }, []);
  const value = useMemo(
    () => ({ ...filters, setYear, setOrgNodeId, isDemo, setIsDemo }),
    [filters, setYear, setOrgNodeId, isDemo],
  );
  return <FiltersContext.Provider value={value}>{children}</FiltersContext.Provider>;
}

export function useFilters(): FiltersValue {
  return useContext(FiltersContext);
}
