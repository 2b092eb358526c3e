import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../contracts/organisation';
import { useAppPaths } from '../../api/client-context';
import { LoadError, Loading } from '../../ui/query-state';
import { useRoadmapElements } from './organisation-queries';
import { AppLink } from '../../ui/app-link';

/** The roadmap elements of a product group's products: how many, and each as a link. */
export function ProductGroupElements({ products }: { products: Product[] }) {
  const { t } = useTranslation();
  const paths = useAppPaths();
  const elements = useRoadmapElements();
  if (elements.error) return <LoadError error={elements.error} onRetry={() => void elements.refetch()} />;
  if (!elements.data) return <Loading />;
  const productName = new Map(products.map((product) => [product.id, product.name]));
  const mine = elements.data
    .filter((element) => element.productId !== null && productName.has(element.productId))
    .sort((a, b) => a.title.localeCompare(b.title, 'nb'));
  return (
    <>
      <Paragraph className="element-count">
        {t('organisation.productGroup.elementCount', { count: mine.length })}
      </Paragraph>
      {mine.length > 0 ? (
        <ul className="plain-list described-list">
          {mine.map((element) => (
            <li key={element.id} data-element={element.id}>
              <AppLink to={paths.roadmapElement(element.id)}>{element.title}</AppLink>
              <span className="subtle">
                {' – '}
                {t('organisation.productGroup.elementLine', {
                  product: productName.get(element.productId ?? '') ?? '',
                  status: t(`thread.elementStatus.${element.status}`),
                })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
