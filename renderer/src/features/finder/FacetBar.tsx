import { useTranslation } from 'react-i18next';
import type { DocumentFacets } from '../../../../shared/search';
import { Button, Select } from '../../ui';

export interface Filters {
  category?: string;
  publisher?: string;
  year?: number;
}

const ALL = 'all';

/** The three facets with their counts under the other filters; choosing one narrows the list. */
export function FacetBar({ facets, filters, onChange }: { facets: DocumentFacets; filters: Filters; onChange: (next: Filters) => void }) {
  const { t, i18n } = useTranslation('finder');
  const categoryName = (code: string) => (i18n.exists(`search:categories.${code}`) ? t(`search:categories.${code}`) : code);
  const set = (key: keyof Filters, value: string) => {
    const next: Filters = { ...filters };
    if (value === ALL) delete next[key];
    else if (key === 'year') next.year = Number(value);
    else next[key] = value;
    onChange(next);
  };
  const active = filters.category !== undefined || filters.publisher !== undefined || filters.year !== undefined;
  return (
    <div className="finder-facets" role="group" aria-label={t('facets')}>
      <Select
        label={t('facetCategory')}
        value={filters.category ?? ALL}
        onChange={(value) => set('category', value)}
        options={[
          { id: ALL, label: t('allCategories') },
          ...facets.category.map((facet) => ({ id: facet.value, label: t('facetOption', { name: `${facet.value} ${categoryName(facet.value)}`, count: facet.count }) })),
        ]}
      />
      <Select
        label={t('facetPublisher')}
        value={filters.publisher ?? ALL}
        onChange={(value) => set('publisher', value)}
        options={[{ id: ALL, label: t('allPublishers') }, ...facets.publisher.map((facet) => ({ id: facet.value, label: t('facetOption', { name: facet.value, count: facet.count }) }))]}
      />
      <Select
        label={t('facetYear')}
        value={filters.year !== undefined ? String(filters.year) : ALL}
        onChange={(value) => set('year', value)}
        options={[{ id: ALL, label: t('allYears') }, ...facets.year.map((facet) => ({ id: facet.value, label: t('facetOption', { name: facet.value, count: facet.count }) }))]}
      />
      {active ? (
        <Button variant="quiet" size="small" onPress={() => onChange({})}>
          {t('clearFilters')}
        </Button>
      ) : null}
    </div>
  );
}
