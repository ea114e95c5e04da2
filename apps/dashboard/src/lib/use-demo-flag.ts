import { useEffect } from 'react';

import { useFilters } from './filters';

/** A page calls this with its data's isDemo so the header shows the 示例数据 badge. */
export function useDemoFlag(isDemo: boolean | undefined): void {
  const { setIsDemo } = useFilters();
  useEffect(() => {
    setIsDemo(Boolean(isDemo));
  }, [isDemo, setIsDemo]);
}
